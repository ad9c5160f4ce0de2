using FinalAccounts.Import.Tests.Cli;
using Xunit;

namespace FinalAccounts.Import.Tests.Xlsx;

/// <summary>finacct on refused workbooks: exit 2, nothing on stdout, one line on stderr naming the file and the place.</summary>
public sealed class XlsxCliTests : IClassFixture<TempFiles>
{
    private readonly TempFiles _temp;

    public XlsxCliTests(TempFiles temp) => _temp = temp;

    [Theory]
    [InlineData("decimals")]
    [InlineData("nested")]
    [InlineData("liar")]
    public void A_refused_workbook_is_one_line_and_exit_2(string kind)
    {
        var bytes = kind switch
        {
            "decimals" => HostileWorkbooks.WithSevenDecimals(),
            "nested" => HostileWorkbooks.WithDeepNesting(),
            _ => HostileWorkbooks.LyingBomb(128L << 20),
        };
        var path = _temp.Write(kind + ".xlsx", bytes);
        foreach (var command in new[] { "check", "import" })
        {
            var (code, output, error) = Finacct.Run(command, path);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            var line = Assert.Single(error.TrimEnd('\n', '\r').Split('\n'));
            Assert.Contains(path, line, System.StringComparison.Ordinal);
            Assert.Contains("无法读取 XLSX 工作簿：", line, System.StringComparison.Ordinal);
            Assert.Contains(" / not a readable XLSX workbook: ", line, System.StringComparison.Ordinal);
        }
    }
}
