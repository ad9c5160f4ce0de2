using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>A printed 功能分类 code is the code of the row's name path: same 类/款/项, same level, same parent.</summary>
internal sealed partial class CodeRowRule : IReportRule
{
    public CodeRowRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var figures = context.Report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Function is not FunctionCode named || figure.Code.Length == 0) continue;
            // A code printed exactly as the row's own is that code (every code parses back from its Code: CodeRowQuickPassTests
            // checks the whole table), decided without parsing; any other text is parsed.
            if (string.Equals(figure.Code, named.Code, System.StringComparison.Ordinal))
            {
                context.Mismatch(figure, true, System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                continue;
            }
            if (!FunctionCode.TryParse(figure.Code, out var printed)) continue;
            if (printed == named)
            {
                context.Mismatch(figure, true, System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                continue;
            }
            context.Mismatch(figure, false, new[] { figure }, Describe(figure, printed, named));
        }
    }

    // A method of its own so that the captured variables are allocated only for a finding, not on every figure checked.
    private static System.Func<(string, string)> Describe(StatedFigure figure, FunctionCode printed, FunctionCode named) => () => (
        "代码 " + printed.DisplayName + "（" + LevelName(printed.Level) + "）与所在行 " + figure.Key.FunctionPath + " 不符，该行应为 " + named.DisplayName + "。",
        "code " + printed.Code + " does not match its row " + figure.Key.FunctionPath + ", which is " + named.Code + ".");

    // The Chinese message names the level in the template's own word (the enum's English name once leaked into it).
    private static string LevelName(ClassificationLevel level) => level switch
    {
        ClassificationLevel.Class => "类",
        ClassificationLevel.Section => "款",
        ClassificationLevel.Item => "项",
        _ => "目",
    };
}
