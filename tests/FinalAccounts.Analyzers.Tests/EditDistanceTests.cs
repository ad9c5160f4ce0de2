using FinalAccounts.Analyzers.Suggestions;
using Xunit;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>The optimal-string-alignment distance on values counted by hand.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "201", 3)]
    [InlineData("2080197", "2080199", 1)]   // one substitution
    [InlineData("2080197", "2080107", 1)]
    [InlineData("2081097", "2080197", 1)]   // adjacent transposition
    [InlineData("20801", "2080101", 2)]     // two insertions
    [InlineData("kitten", "sitting", 3)]    // k→s, e→i, +g
    [InlineData("基本工具", "基本工资", 1)]
    [InlineData("ca", "abc", 3)]            // OSA (not full Damerau): no edit of a transposed pair
    public void Distances_are_the_counted_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Common_prefix_counts_leading_equal_chars()
    {
        Assert.Equal(6, EditDistance.CommonPrefix("2080197", "2080199"));
        Assert.Equal(5, EditDistance.CommonPrefix("2080197", "2080107"));
        Assert.Equal(0, EditDistance.CommonPrefix("", "201"));
    }
}
