namespace CareerBot.Knowledge.Facts;

/// <summary>The values of the <see cref="FacetNames.Need"/> facet.</summary>
public static class Needs
{
    /// <summary>The record says it is needed ("des bases en Python souvent requises").</summary>
    public const string Required = "required";

    /// <summary>The record says one can do without it ("pas besoin de Python : il suffit de parler").</summary>
    public const string Optional = "optional";
}
