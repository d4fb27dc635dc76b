using System.Text.Json;

namespace CareerBot.BotFramework.State;

/// <summary>
/// A JSON document kept in an <see cref="IStorage"/>, with the eTag that versions it.
/// </summary>
/// <param name="Document">The stored JSON (for bot state: an object of property name to value).</param>
/// <param name="ETag">
/// On read: the version of the stored document, never null. On write: the version the caller expects to
/// replace. <c>null</c> or <see cref="AnyETag"/> ("*") overwrites whatever is stored (and creates the item
/// if it is missing), as in the Bot Builder SDK; any other value must equal the stored eTag, otherwise the
/// write fails with <see cref="StorageConcurrencyException"/> (a missing item matches no eTag).
/// </param>
public sealed record StoreItem(JsonElement Document, string? ETag = null)
{
    /// <summary>The eTag that matches any stored version: an unconditional write.</summary>
    public const string AnyETag = "*";

    /// <summary>
    /// On write: succeed only if nothing is stored under the key (HTTP <c>If-None-Match: *</c>). Bot state uses
    /// it for state that was absent when the turn loaded it, so two first turns racing cannot both win.
    /// Cannot be combined with an <see cref="ETag"/>.
    /// </summary>
    public bool CreateOnly { get; init; }
}
