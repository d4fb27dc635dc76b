using CareerBot.Knowledge.Analysis;
using Microsoft.Extensions.AI;

namespace CareerBot.Knowledge.Tests.Support;

/// <summary>
/// A real, deterministic embedding generator for tests: a bag of analysed words hashed into a fixed number of
/// dimensions (plus optional word aliases standing in for what a semantic model knows). It counts its calls, so
/// tests can tell whether the corpus was embedded again.
/// </summary>
internal sealed class HashingEmbeddingGenerator(IReadOnlyDictionary<string, string>? aliases = null, string model = "hashing-v1")
    : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 256;

    private readonly FrenchTextAnalyzer _analyzer = new();
    private int _calls;
    private int _values;

    public int Calls => _calls;

    public int EmbeddedValues => _values;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            Interlocked.Increment(ref _values);
            var vector = new float[Dimensions];
            foreach (var term in _analyzer.Terms(value))
            {
                var word = aliases is not null && aliases.TryGetValue(term, out var alias) ? alias : term;
                vector[(int)((uint)StableHash(word) % Dimensions)] += 1f;
            }

            embeddings.Add(new Embedding<float>(vector));
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("hashing", null, model, Dimensions) : null;

    public void Dispose()
    {
    }

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, which would break a cached index.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
