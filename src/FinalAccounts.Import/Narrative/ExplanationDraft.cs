using System.Collections.Generic;

namespace FinalAccounts.Import.Narrative;

/// <summary>A breakdown or list of reasons attached to one figure of a sentence.</summary>
internal sealed class ExplanationDraft
{
    public FigureDraft Explains { get; set; } = new();

    public List<FigureDraft> Also { get; } = new();

    public bool Partial { get; set; }

    public string Marker { get; set; } = string.Empty;

    public List<FigureDraft> Parts { get; } = new();
}
