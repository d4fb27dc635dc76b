namespace CareerBot.Knowledge;

/// <summary>
/// The index in use: its fingerprint and folder, whether this load built it (false: an up-to-date index was
/// reused), whether ranking is hybrid (passage embeddings present), and when it was loaded.
/// </summary>
public sealed record IndexInfo(string Fingerprint, string Directory, bool Built, bool Hybrid, int Passages, DateTimeOffset LoadedAt);
