namespace FinalAccounts.Scoring;

/// <summary>A grade of a 总分: its name (优), English name, and the lowest total that earns it (inclusive).</summary>
public sealed class Grade
{
    /// <summary>Creates a grade.</summary>
    public Grade(string name, string nameEn, decimal minimumScore)
    {
        Name = name;
        NameEn = nameEn;
        MinimumScore = minimumScore;
    }

    /// <summary>优, 良, 中, 差.</summary>
    public string Name { get; }

    /// <summary>Excellent, Good, Fair, Poor.</summary>
    public string NameEn { get; }

    /// <summary>The lowest total that earns the grade (inclusive).</summary>
    public decimal MinimumScore { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
