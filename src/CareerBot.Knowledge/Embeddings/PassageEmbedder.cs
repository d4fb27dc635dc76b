using CareerBot.Knowledge.Chunking;
using Microsoft.Extensions.AI;

namespace CareerBot.Knowledge.Embeddings;

/// <summary>Embeds passages (heading and text, so that the section's subject is part of the meaning) in batches.</summary>
internal static class PassageEmbedder
{
    private const int BatchSize = 32;

    public static async Task<PassageEmbeddings> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IReadOnlyList<Passage> passages,
        CancellationToken cancellationToken)
    {
        var vectors = new List<ReadOnlyMemory<float>>(passages.Count);
        foreach (var batch in passages.Chunk(BatchSize))
        {
            var embeddings = await generator.GenerateAsync(batch.Select(TextOf), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Length)
            {
                throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} vectors for {batch.Length} passages.");
            }

            vectors.AddRange(embeddings.Select(e => e.Vector));
        }

        return new PassageEmbeddings(vectors);
    }

    /// <summary>
    /// Names the generator and model, so that switching models changes the index fingerprint and re-embeds the
    /// corpus instead of comparing vectors of two different spaces.
    /// </summary>
    public static string Identity(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        return metadata is null
            ? generator.GetType().FullName ?? generator.GetType().Name
            : $"{metadata.ProviderName}|{metadata.ProviderUri}|{metadata.DefaultModelId}|{metadata.DefaultModelDimensions}";
    }

    private static string TextOf(Passage passage) =>
        passage.Heading is null ? passage.Text : $"{passage.Heading}\n{passage.Text}";
}
