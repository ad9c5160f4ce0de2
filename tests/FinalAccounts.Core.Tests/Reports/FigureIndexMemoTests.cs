using System;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>
/// <see cref="FigureIndex.Memo{TState, T}"/>: a value is made once per report and slot and then returned as kept, also for a
/// slot numbered after the report's memos were first sized (a type's static slot numbered on its first use); reports and
/// slots do not share values.
/// </summary>
public sealed class FigureIndexMemoTests
{
    private static FinalAccountsReport Empty() => new(new ReportInfo("t", 2024, "单位", "单位", ReportUnitKind.Administrative, FinalAccounts.Money.CurrencyUnit.WanYuan),
        Array.Empty<ReportTable>(), Array.Empty<Statement>());

    [Fact]
    public void A_value_is_made_once_per_report_and_slot()
    {
        var slot = ReportMemo.NewSlot();
        var report = Empty();
        var made = 0;
        var first = report.Index.Memo(slot, 0, (_, r) => { made++; return new object(); });
        var again = report.Index.Memo(slot, 0, (_, r) => { made++; return new object(); });
        Assert.Same(first, again);
        Assert.Equal(1, made);
        // Another report makes its own.
        var other = Empty().Index.Memo(slot, 0, (_, r) => { made++; return new object(); });
        Assert.NotSame(first, other);
        Assert.Equal(2, made);
    }

    [Fact]
    public void A_slot_numbered_after_the_memos_were_sized_is_kept_too()
    {
        var report = Empty();
        var early = ReportMemo.NewSlot();
        var kept = report.Index.Memo(early, 0, (_, r) => new object());
        // Numbered now, past the size the report's memos were given: they grow, and the earlier value stays.
        var late = ReportMemo.NewSlot();
        var made = 0;
        var first = report.Index.Memo(late, 0, (_, r) => { made++; return "late"; });
        var again = report.Index.Memo(late, 0, (_, r) => { made++; return "other"; });
        Assert.Equal("late", first);
        Assert.Same(first, again);
        Assert.Equal(1, made);
        Assert.Same(kept, report.Index.Memo(early, 0, (_, r) => new object()));
    }
}
