using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Findings equal in severity, printed place and rule ID keep the order they were made in (CheckReport.Findings: the sort
/// is stable), however many there are: past 16 the framework's sort is no longer an insertion sort and would move equal
/// keys about, so the order made is what breaks the tie.
public sealed class TiedFindingsTests
{
    [Fact]
    public void Forty_errors_of_one_rule_on_one_figure_stay_in_the_order_recorded()
    {
        var report = Read(Statement("1", F("收入总计", "决算", "5.00")));
        var findings = ReportChecker.Check(report, new IReportRule[] { new Repeating(40) }).Findings;
        // Each says which it was: 收入总计（决算） 列示 5.00万元，与第k条不一致 (no inputs, so the 依据 lists none).
        Assert.Equal(Enumerable.Range(0, 40).Select(k => "收入总计（决算） 列示 5.00万元，与第" + k + "条不一致。依据：。"), findings.Select(f => f.Message));
    }

    /// Records <c>count</c> errors on the report's first figure, the k-th naming itself 第k条 in its relation.
    private sealed class Repeating : IReportRule
    {
        private readonly int _count;

        public Repeating(int count) => _count = count;

        public RuleDescriptor Descriptor { get; } = new("FA9001", "重复", "repeated", "a test relation");

        public void Check(RuleContext context)
        {
            var figure = context.Report.Figures[0];
            for (var k = 0; k < _count; k++)
            {
                context.Record(figure, CheckResult.Match(false), System.Array.Empty<StatedFigure>(), "第" + k + "条", "number " + k);
            }
        }
    }
}
