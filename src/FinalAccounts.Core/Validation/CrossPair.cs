namespace FinalAccounts.Validation;

/// <summary>Two reports (indices into the list given to <see cref="CrossPairing.Pair"/>) a cross rule relates.</summary>
public sealed class CrossPair
{
    internal CrossPair(int first, int second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The report with the lower index.</summary>
    public int First { get; }

    /// <summary>The report with the higher index.</summary>
    public int Second { get; }

    /// <inheritdoc/>
    public override string ToString() => First + " ↔ " + Second;
}
