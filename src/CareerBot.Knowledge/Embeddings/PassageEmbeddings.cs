using System.Text;

namespace CareerBot.Knowledge.Embeddings;

/// <summary>
/// One unit-length vector per passage, by document number, saved beside the Lucene index so that a model is asked
/// to embed the corpus once per index build, not once per start.
/// </summary>
internal sealed class PassageEmbeddings
{
    private const string Magic = "CBEMB1";

    private readonly float[][] _vectors;

    public PassageEmbeddings(IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        _vectors = vectors.Select(v => Normalize(v.Span)).ToArray();
    }

    private PassageEmbeddings(float[][] vectors) => _vectors = vectors;

    public int Count => _vectors.Length;

    /// <summary>Cosine similarity of every passage with the question, best first.</summary>
    public IReadOnlyList<(int Doc, double Cosine)> Rank(ReadOnlySpan<float> question)
    {
        var query = Normalize(question);
        var scored = new List<(int Doc, double Cosine)>(_vectors.Length);
        for (var doc = 0; doc < _vectors.Length; doc++)
        {
            scored.Add((doc, Dot(query, _vectors[doc])));
        }

        scored.Sort((a, b) => b.Cosine.CompareTo(a.Cosine));
        return scored;
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(_vectors.Length);
        foreach (var vector in _vectors)
        {
            writer.Write(vector.Length);
            foreach (var value in vector)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>Null when the file is missing or not one of ours (the index is then rebuilt).</summary>
    public static PassageEmbeddings? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            return null;
        }

        var vectors = new float[reader.ReadInt32()][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = new float[reader.ReadInt32()];
            for (var j = 0; j < vectors[i].Length; j++)
            {
                vectors[i][j] = reader.ReadSingle();
            }
        }

        return new PassageEmbeddings(vectors);
    }

    private static float[] Normalize(ReadOnlySpan<float> vector)
    {
        var norm = Math.Sqrt(Dot(vector, vector));
        var unit = new float[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            unit[i] = norm > 0 ? (float)(vector[i] / norm) : 0f;
        }

        return unit;
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            sum += a[i] * (double)b[i];
        }

        return sum;
    }
}
