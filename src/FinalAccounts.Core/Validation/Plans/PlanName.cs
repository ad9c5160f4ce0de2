using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Plans;

/// <summary>A concept or basis a plan asks about, numbered once (<see cref="PresenceNames"/>) so the question is a bit test.</summary>
internal readonly struct PlanName
{
    /// <summary>Numbers <paramref name="name"/> (once per process).</summary>
    public PlanName(string name)
    {
        Name = name;
        Number = PresenceNames.Of(name);
    }

    /// <summary>The concept or basis as the report's keys spell it.</summary>
    public string Name { get; }

    /// <summary>Its number in <see cref="PresenceNames"/>.</summary>
    public int Number { get; }

    /// <summary>The names of <paramref name="names"/>, in order.</summary>
    public static PlanName[] Of(params string[] names)
    {
        var planned = new PlanName[names.Length];
        for (var i = 0; i < names.Length; i++) planned[i] = new PlanName(names[i]);
        return planned;
    }
}
