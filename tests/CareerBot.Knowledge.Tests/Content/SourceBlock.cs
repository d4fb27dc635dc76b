namespace CareerBot.Knowledge.Tests.Content;

/// <summary>One heading, paragraph or list item of a source file, with its 1-based line and whether it is a reader comment.</summary>
internal sealed record SourceBlock(SourceBlockKind Kind, string Text, int Line, bool IsComment);
