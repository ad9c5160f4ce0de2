using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// CrossPairing's edges: a pair is found from either report whichever comes first in the list, and a report whose only
/// partner is one of several copies is neither paired with a copy nor called unpaired (FA1221 speaks for it).
/// </summary>
public sealed class CrossPairingEdgeTests
{
    private static ReportInfo Info(ReportKind kind, int year)
        => new("title", year, "万里街道", "部门", ReportUnitKind.Administrative, CurrencyUnit.WanYuan, string.Empty, string.Empty, kind);

    [Fact]
    public void Consecutive_budgets_pair_in_either_order_with_no_note()
    {
        foreach (var reports in new[] { new[] { Info(ReportKind.Budget, 2024), Info(ReportKind.Budget, 2025) }, new[] { Info(ReportKind.Budget, 2025), Info(ReportKind.Budget, 2024) } })
        {
            var found = CrossPairing.Pair(reports);
            Assert.Equal(new[] { "0 ↔ 1" }, found.Pairs.Select(p => p.ToString()));
            Assert.Empty(found.Notes);
        }
    }

    [Fact]
    public void A_report_whose_only_partner_is_ambiguous_is_neither_paired_nor_unpaired()
    {
        // The 2025 预算 before or after the two copies of the 2024 预算.
        foreach (var reports in new[]
        {
            new[] { Info(ReportKind.Budget, 2025), Info(ReportKind.Budget, 2024), Info(ReportKind.Budget, 2024) },
            new[] { Info(ReportKind.Budget, 2024), Info(ReportKind.Budget, 2024), Info(ReportKind.Budget, 2025) },
        })
        {
            var found = CrossPairing.Pair(reports);
            Assert.Empty(found.Pairs);
            Assert.Equal("FA1221", Assert.Single(found.Notes).Rule.Id);
        }
    }
}
