using Lucene.Net.Analysis.Miscellaneous;

namespace CareerBot.Knowledge.Analysis;

/// <summary>The same ASCII folding as the analyzer's, for word lists built outside a token stream.</summary>
internal static class AccentFolding
{
    public static string Fold(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
