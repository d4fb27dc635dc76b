using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CareerBot.Deployment.Tests.Teams;

/// <summary>
/// A decoded 8-bit RGBA PNG, enough to check an icon's size and pixels: reads the IHDR and IDAT chunks, inflates the
/// data and undoes the five PNG row filters. Other formats (palette, 16-bit, interlaced) are refused, not guessed.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;

    private PngImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>) as red, green, blue, alpha.</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var o = ((y * Width) + x) * 4;
            return (_pixels[o], _pixels[o + 1], _pixels[o + 2], _pixels[o + 3]);
        }
    }

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = Signature.Length; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = Encoding.ASCII.GetString(file, at + 4, 4);
            var body = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                if (body[8] != 8 || body[9] != 6 || body[12] != 0)
                {
                    throw new InvalidDataException($"Only 8-bit RGBA non-interlaced PNGs are read (depth {body[8]}, colour type {body[9]}, interlace {body[12]}).");
                }
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, Unfilter(inflated.ToArray(), width, height));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int bpp = 4;
        var stride = width * bpp;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Image data is {raw.Length} bytes; {height * (stride + 1)} expected.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var x = raw[(y * (stride + 1)) + 1 + i];
                int a = i >= bpp ? pixels[(y * stride) + i - bpp] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int c = i >= bpp && y > 0 ? pixels[((y - 1) * stride) + i - bpp] : 0;
                pixels[(y * stride) + i] = (byte)(filter switch
                {
                    0 => x,
                    1 => x + a,
                    2 => x + b,
                    3 => x + ((a + b) / 2),
                    4 => x + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
