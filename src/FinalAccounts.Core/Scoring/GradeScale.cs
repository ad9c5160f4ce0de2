using System;
using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Scoring;

/// <summary>Grades of a 总分, each with an inclusive lower bound: the total earns the highest grade whose bound it reaches.</summary>
public sealed class GradeScale
{
    /// <summary>Creates a scale; the grades may be given in any order, one of them must start at 0 or below.</summary>
    /// <exception cref="ArgumentException">No grades, two with the same bound, or none covering 0.</exception>
    public GradeScale(IEnumerable<Grade> grades)
    {
        var list = (grades ?? throw new ArgumentNullException(nameof(grades))).OrderByDescending(g => g.MinimumScore).ToList();
        if (list.Count == 0 || list[list.Count - 1].MinimumScore > 0m) throw new ArgumentException("A grade scale needs a grade that starts at 0.", nameof(grades));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].MinimumScore == list[i - 1].MinimumScore) throw new ArgumentException("Two grades start at " + list[i].MinimumScore + ".", nameof(grades));
        }
        Grades = list;
    }

    /// <summary>
    /// 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 &lt; 60, lower bounds inclusive: provincial rule "90分(含)~100分…优" [V], consultancy
    /// report of 财政部预算司 bands [S], 10号 from memory [U] (domain-rules §1.1).
    /// </summary>
    public static GradeScale National { get; } = new(new[]
    {
        new Grade("优", "Excellent", 90m), new Grade("良", "Good", 80m), new Grade("中", "Fair", 60m), new Grade("差", "Poor", 0m),
    });

    /// <summary>The grades from the highest bound down.</summary>
    public IReadOnlyList<Grade> Grades { get; }

    /// <summary>The grade a total earns.</summary>
    public Grade GradeOf(decimal total)
    {
        foreach (var grade in Grades)
        {
            if (total >= grade.MinimumScore) return grade;
        }
        return Grades[Grades.Count - 1];
    }
}
