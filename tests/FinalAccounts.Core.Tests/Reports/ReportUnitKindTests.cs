using System;
using FinalAccounts.Classification;
using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>report.unitKind as a typed <see cref="ReportUnitKind"/>: the four words of the schema, read, written back unchanged, refused otherwise.</summary>
public sealed class ReportUnitKindTests
{
    private static string WithUnitKind(string unitKind)
    {
        var json = FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(Statement("2.1-1", F("收入总计", "决算", "10.00")));
        Assert.Contains("\"unitKind\": \"行政单位\"", json, StringComparison.Ordinal);
        return json.Replace("\"unitKind\": \"行政单位\"", "\"unitKind\": " + unitKind, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("行政单位", ReportUnitKind.Administrative)]
    [InlineData("参照公务员法管理事业单位", ReportUnitKind.CivilServiceManagedInstitution)]
    [InlineData("事业单位", ReportUnitKind.Institution)]
    [InlineData("其他", ReportUnitKind.Other)]
    public void Each_word_is_read_and_written_back_unchanged(string word, ReportUnitKind expected)
    {
        var report = ReportReader.Parse(WithUnitKind("\"" + word + "\""), FileName);
        Assert.Equal(expected, report.Info.UnitKind);
        Assert.Contains("\"unitKind\": \"" + word + "\"", ReportWriter.Write(report), StringComparison.Ordinal);
        Assert.Equal(word, ReportUnitKindName.Format(expected));
    }

    [Theory]
    [InlineData("\"机关\"", "unitKind '机关' is not one of 行政单位、参照公务员法管理事业单位、事业单位、其他")]
    [InlineData("\"行政单位 \"", "unitKind '行政单位 ' is not one of")]
    public void Another_word_is_an_error_at_its_path(string unitKind, string expected)
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(WithUnitKind(unitKind), FileName));
        Assert.Contains("$.report.unitKind", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportUnitKind.Administrative, true, UnitKind.Agency)]
    [InlineData(ReportUnitKind.CivilServiceManagedInstitution, true, UnitKind.Agency)] // 参公 maps as a 机关
    [InlineData(ReportUnitKind.Institution, true, UnitKind.Institution)]
    [InlineData(ReportUnitKind.Other, false, default(UnitKind))]
    public void The_economic_mapping_reads_agency_or_institution(ReportUnitKind kind, bool known, UnitKind expected)
    {
        Assert.Equal(known, ReportUnitKindName.TryGetUnitKind(kind, out var unitKind));
        Assert.Equal(expected, unitKind);
    }

    [Fact]
    public void An_undefined_kind_is_refused_by_the_writer()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ReportUnitKindName.Format((ReportUnitKind)9));
}
