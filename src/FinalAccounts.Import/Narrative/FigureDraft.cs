namespace FinalAccounts.Import.Narrative;

/// <summary>A figure of a 说明 sentence (or an explanation's key or part) as recognised.</summary>
internal sealed class FigureDraft
{
    public string Concept { get; set; } = string.Empty;

    public string Basis { get; set; } = "决算";

    public string Value { get; set; } = string.Empty;

    public string Unit { get; set; } = "万元";

    public string? Scope { get; set; }

    public string? FunctionPath { get; set; }

    /// <summary>For an explanation part: the clause as printed; a part with text and no value is a reason.</summary>
    public string? Text { get; set; }

    /// <summary>For a share: what it is a share of.</summary>
    public (string Concept, string Basis, string? Scope)? Of { get; set; }
}
