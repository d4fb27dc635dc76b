using CareerBot.Advisor.Text;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Recognises a sentence of a source that reads as instructions to an AI ("ignore les instructions précédentes",
/// "system prompt", "you are now…"), planted in an article to hijack a bot that quotes it. The cues are the word
/// list <c>Resources/InjectionCues.txt</c>; such a sentence is never quoted.
/// </summary>
internal static class InjectionDetector
{
    private static readonly CueLists Cues = CueLists.Load("InjectionCues.txt");

    public static bool LooksLikeInstructions(string sentence) => Cues.Matches("injection", Tokens.Of(sentence));
}
