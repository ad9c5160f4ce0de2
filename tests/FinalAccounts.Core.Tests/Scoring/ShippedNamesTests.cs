using System.Linq;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// The names users type and read (mutation testing, docs/reliability.md): each shipped policy's id (what `finacct score
/// --policy` takes) and Chinese name as docs/scoring.md lists them, and the national grades' names in both languages.
public class ShippedNamesTests
{
    [Theory]
    [InlineData("national", "国家默认")]
    [InlineData("national-ratio", "比例计分")]
    [InlineData("national-zero", "超标不得分")]
    [InlineData("sichuan", "四川10+90")]
    [InlineData("yunnan", "云南20+80")]
    public void Each_shipped_policy_has_the_id_and_name_docs_scoring_lists(string id, string name)
    {
        var policy = ScoringPolicy.Find(id);
        Assert.NotNull(policy);
        Assert.Equal(id, policy!.Id);
        Assert.Equal(name, policy.Name);
        Assert.Contains(policy, ScoringPolicy.Known);
    }

    [Fact]
    public void The_shipped_policies_are_five_in_the_documented_order()
        => Assert.Equal(new[] { "national", "national-ratio", "national-zero", "sichuan", "yunnan" }, ScoringPolicy.Known.Select(p => p.Id));

    [Fact]
    public void The_national_grades_are_named_in_both_languages_from_the_highest()
        => Assert.Equal(new[] { ("优", "Excellent", 90m), ("良", "Good", 80m), ("中", "Fair", 60m), ("差", "Poor", 0m) },
            GradeScale.National.Grades.Select(g => (g.Name, g.NameEn, g.MinimumScore)));
}
