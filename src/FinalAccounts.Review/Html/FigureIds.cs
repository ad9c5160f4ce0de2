using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Review.Html;

/// <summary>
/// The page's element id of every stated figure a finding names, and which findings name it as the stated figure or as
/// an input. Figures of the report's tables and 说明 are <c>f{index in Figures}</c>; a finding's figure found in neither
/// (a 绩效自评表 score) gets <c>x{n}</c> and is listed under 其他列示数字.
/// </summary>
internal sealed class FigureIds
{
    private readonly Dictionary<StatedFigure, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<(Finding Finding, bool Stated)>> _uses = new();

    public FigureIds(CheckReport check)
    {
        var figures = check.Report.Figures;
        for (var i = 0; i < figures.Count; i++) _ids[figures[i]] = "f" + i;
        var others = new List<StatedFigure>();
        foreach (var f in check.Findings)
        {
            Use(f.Stated, f, true);
            foreach (var input in f.Inputs.Distinct(ReferenceEqualityComparer.Instance).Cast<StatedFigure>()) Use(input, f, false);
        }
        Others = others;

        void Use(StatedFigure figure, Finding finding, bool stated)
        {
            if (!_ids.TryGetValue(figure, out var id))
            {
                id = "x" + others.Count;
                _ids[figure] = id;
                others.Add(figure);
            }
            if (!_uses.TryGetValue(id, out var list)) _uses[id] = list = new List<(Finding, bool)>();
            list.Add((finding, stated));
        }
    }

    /// <summary>Figures named by findings but standing in no table or statement.</summary>
    public IReadOnlyList<StatedFigure> Others { get; }

    public string Of(StatedFigure figure) => _ids[figure];

    /// <summary>The findings that name the figure with <paramref name="id"/>, as stated figure or as input.</summary>
    public IReadOnlyList<(Finding Finding, bool Stated)> UsesOf(string id) => _uses.TryGetValue(id, out var list) ? list : System.Array.Empty<(Finding, bool)>();
}
