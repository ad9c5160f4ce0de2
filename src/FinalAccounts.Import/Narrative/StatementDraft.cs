using System.Collections.Generic;

namespace FinalAccounts.Import.Narrative;

/// <summary>A 说明 sentence with its figures, as recognised; the sentence is the figures' location.</summary>
internal sealed class StatementDraft
{
    public string Id { get; set; } = string.Empty;

    public string Section { get; set; } = string.Empty;

    public string Subsection { get; set; } = string.Empty;

    public string Sentence { get; set; } = string.Empty;

    public int Page { get; set; }

    /// <summary>A region-wide summary's coverage (全区, 全市各部门 …); null for the unit's own sentence.</summary>
    public string? Coverage { get; set; }

    public List<FigureDraft> Figures { get; } = new();

    public List<ExplanationDraft> Explanations { get; } = new();

    /// <summary>A sentence kept without figures: it claims the unit had none of something (无政府性基金预算财政拨款收入和支出).</summary>
    public bool Claim { get; set; }
}
