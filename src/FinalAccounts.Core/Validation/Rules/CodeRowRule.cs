using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>A printed 功能分类 code is the code of the row's name path: same 类/款/项, same level, same parent.</summary>
internal sealed class CodeRowRule : IReportRule
{
    public CodeRowRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var figure in context.Report.Figures.Where(f => f.Key.FunctionPath.Length > 0 && f.Code.Length > 0))
        {
            if (!FunctionCode.TryParse(figure.Code, out var printed)) continue;
            var named = FunctionCode.FindByNamePath(figure.Key.FunctionPath);
            context.Mismatch(figure, printed == named, new[] { figure },
                "代码 " + printed.DisplayName + "（" + printed.Level + "）与所在行 " + figure.Key.FunctionPath + " 不符，该行应为 " + named.DisplayName + "。",
                "code " + printed.Code + " does not match its row " + figure.Key.FunctionPath + ", which is " + named.Code + ".");
        }
    }
}
