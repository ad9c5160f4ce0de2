using System;
using System.Threading.Tasks;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>
/// <see cref="FigureIndex.Memo{TOwner, T}"/> as the 说明 rules use it (every rate rule, FA1110/FA1111, FA1130/FA1131, FA1170
/// and the breakdowns each keep one value per report): many owners on one report each keep their own value while the memos
/// grow, and threads asking for one owner's value at once all get the one kept.
/// </summary>
public sealed class FigureIndexMemoTests
{
    private static FinalAccountsReport Empty() => new(new ReportInfo("t", 2024, "单位", "单位", ReportUnitKind.Administrative, FinalAccounts.Money.CurrencyUnit.WanYuan),
        Array.Empty<ReportTable>(), Array.Empty<Statement>());

    [Fact]
    public void Forty_owners_keep_their_own_values_while_the_memos_grow()
    {
        var report = Empty();
        var owners = new object[40];
        for (var i = 0; i < owners.Length; i++) owners[i] = new object();
        var made = 0;
        // Owner i's value is "i": made on the first ask, in order, so made counts 0..39.
        for (var i = 0; i < owners.Length; i++)
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Index.Memo(owners[i], (_, _) => (made++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Asked again after all forty were added (the memos copied on every addition), each owner still has its first value.
        for (var i = 0; i < owners.Length; i++)
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Index.Memo(owners[i], (_, _) => "made again"));
        Assert.Equal(40, made);
    }

    [Fact]
    public void Threads_asking_at_once_all_get_the_value_kept()
    {
        var report = Empty();
        var owner = new object();
        var values = new object[8];
        Parallel.For(0, values.Length, i => values[i] = report.Index.Memo(owner, (_, _) => new object()));
        var kept = report.Index.Memo(owner, (_, _) => new object());
        foreach (var value in values) Assert.Same(kept, value);
    }
}
