using System.Collections.Generic;

namespace FinalAccounts.Validation;

/// <summary>A report the batch cross check left out, and why (FA1220 no pair, FA1221 ambiguous), Chinese first.</summary>
public sealed class CrossPairingNote
{
    internal CrossPairingNote(RuleDescriptor rule, IReadOnlyList<int> reports, string message, string messageEn)
    {
        Rule = rule;
        Reports = reports;
        Message = message;
        MessageEn = messageEn;
    }

    /// <summary>FA1220 or FA1221.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The reports it is about (indices into the list given to <see cref="CrossPairing.Pair"/>).</summary>
    public IReadOnlyList<int> Reports { get; }

    /// <summary>The note in Chinese.</summary>
    public string Message { get; }

    /// <summary>The note in English.</summary>
    public string MessageEn { get; }

    /// <inheritdoc/>
    public override string ToString() => Rule.Id + " " + Message + " (" + MessageEn + ")";
}
