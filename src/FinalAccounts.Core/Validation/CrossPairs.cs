using System.Collections.Generic;

namespace FinalAccounts.Validation;

/// <summary>What <see cref="CrossPairing.Pair"/> found: the pairs to cross-check and a note for every report left out.</summary>
public sealed class CrossPairs
{
    internal CrossPairs(IReadOnlyList<CrossPair> pairs, IReadOnlyList<CrossPairingNote> notes)
    {
        Pairs = pairs;
        Notes = notes;
    }

    /// <summary>The pairs, each once, in the order of their first report.</summary>
    public IReadOnlyList<CrossPair> Pairs { get; }

    /// <summary>The unpaired (FA1220) and ambiguous (FA1221) reports.</summary>
    public IReadOnlyList<CrossPairingNote> Notes { get; }
}
