using FinalAccounts.Reports.Json;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Json;

/// <summary>
/// The shared element paths are the paths the reader joined before them: the expected texts are written out by hand, for
/// indexes the cache keeps and for indexes past it (joined each time).
/// </summary>
public sealed class ElementPathsTests
{
    [Fact]
    public void Paths_are_the_format_s_json_paths()
    {
        Assert.Equal("$.tables[0]", ElementPaths.Table(0));
        Assert.Equal("$.statements[12]", ElementPaths.Statement(12));
        Assert.Equal("$.evaluations[4]", ElementPaths.Evaluation(4));
        Assert.Equal("$.statements[3].explanations[10]", ElementPaths.Explanation(3, 10));
        Assert.Equal("$.evaluations[1].indicators[7]", ElementPaths.Indicator(1, 7));
        Assert.Equal("$.evaluations[2].funds.rows[0]", ElementPaths.FundsRow(2, 0));
    }

    [Fact]
    public void Indexes_past_the_cache_are_joined_alike()
    {
        Assert.Equal("$.statements[256]", ElementPaths.Statement(256));
        Assert.Equal("$.statements[1000].explanations[2]", ElementPaths.Explanation(1000, 2));
        Assert.Equal("$.statements[2].explanations[999]", ElementPaths.Explanation(2, 999));
        Assert.Equal("$.evaluations[300].indicators[300]", ElementPaths.Indicator(300, 300));
    }

    [Fact]
    public void A_kept_path_is_one_string_for_every_read()
    {
        Assert.Same(ElementPaths.Statement(5), ElementPaths.Statement(5));
        Assert.Same(ElementPaths.Explanation(5, 1), ElementPaths.Explanation(5, 1));
        Assert.Same(ElementPaths.Indicator(0, 3), ElementPaths.Indicator(0, 3));
    }
}
