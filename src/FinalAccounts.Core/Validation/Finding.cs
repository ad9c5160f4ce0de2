using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>
/// A stated figure that a rule could not reconcile exactly: which rule, how serious, a message in the report's terms,
/// where the figure stands, what was stated, what the related figures allow, and the figures it was computed from.
/// </summary>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    public Finding(RuleDescriptor rule, CheckOutcome outcome, string message, string messageEn, StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs)
    {
        Rule = rule;
        Outcome = outcome;
        _messages = new Messages(message, messageEn);
        Stated = stated;
        _result = result;
        Inputs = inputs;
    }

    // Messages are built only when read: a check of thousands of reports mostly counts findings.
    internal Finding(RuleDescriptor rule, CheckOutcome outcome, Func<(string Message, string MessageEn)> messages, StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs)
    {
        Rule = rule;
        Outcome = outcome;
        _describe = messages;
        Stated = stated;
        _result = result;
        Inputs = inputs;
    }

    /// <summary>
    /// A finding on "stated = recomputed" (<see cref="RuleContext.Record(StatedFigure, CheckResult, IReadOnlyList{StatedFigure}, string, string)"/>):
    /// its messages are worded from its own figures, result and the relation's words when read, so it holds the words
    /// instead of a delegate and the copies of its figures a closure would make.
    /// </summary>
    internal Finding(RuleDescriptor rule, StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, string relation, string relationEn)
    {
        Rule = rule;
        Outcome = result.Outcome;
        _relation = relation;
        _relationEn = relationEn;
        Stated = stated;
        _result = result;
        Inputs = inputs;
    }

    /// <summary>
    /// A finding on a sum within rounding (<see cref="RuleContext.SumWithinRounding"/>): <paramref name="stated"/> = Σ
    /// <paramref name="inputs"/>, each weight 1. Its result is <see cref="RuleContext.SumOfInputs"/>, made when first read
    /// (with the messages, or alone): a batch mostly counts findings and never reads it.
    /// </summary>
    internal Finding(RuleDescriptor rule, StatedFigure stated, IReadOnlyList<StatedFigure> inputs, string relation, string relationEn)
    {
        Rule = rule;
        Outcome = CheckOutcome.WithinRounding;
        _relation = relation;
        _relationEn = relationEn;
        Stated = stated;
        Inputs = inputs;
        _sumOfInputs = true;
    }

    // The result, or (_sumOfInputs) the sum's result made on first read and kept: as for the messages, two threads reading
    // at once may both make it, the same, and one is kept.
    private readonly CheckResult _result;
    private readonly bool _sumOfInputs;
    private StrongBox<CheckResult>? _readResult;

    // A delegate that words the messages, or the relation's words RuleContext words them from, or neither when the messages
    // were given (each constructor sets one).
    private readonly Func<(string Message, string MessageEn)>? _describe;
    private readonly string? _relation;
    private readonly string? _relationEn;

    // The messages, made on first read. No Lazy (an object and its lock state for every finding, read or not): two threads
    // that read at once may both describe the finding, which gives the same words, and one of them is kept.
    private Messages? _messages;

    private sealed class Messages
    {
        public Messages(string message, string messageEn)
        {
            Message = message;
            MessageEn = messageEn;
        }

        public string Message { get; }

        public string MessageEn { get; }
    }

    private Messages Described()
    {
        var messages = Volatile.Read(ref _messages);
        if (messages != null) return messages;
        var (message, messageEn) = _describe != null ? _describe() : RuleContext.Describe(Stated, Result, Inputs, _relation!, _relationEn!);
        return Interlocked.CompareExchange(ref _messages, new Messages(message, messageEn), null) ?? _messages!;
    }

    /// <summary>The rule that made the finding.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's ID, e.g. FA1001.</summary>
    public string RuleId => Rule.Id;

    /// <summary>WithinRounding, Truncated or Inconsistent (a Consistent check makes no finding).</summary>
    public CheckOutcome Outcome { get; }

    /// <summary>Info for WithinRounding, Warning for Truncated, Error for Inconsistent — at most the rule's <see cref="RuleDescriptor.MaxSeverity"/>.</summary>
    public Severity Severity
    {
        get
        {
            var byOutcome = Outcome == CheckOutcome.Inconsistent ? Severity.Error : Outcome == CheckOutcome.Truncated ? Severity.Warning : Severity.Info;
            return byOutcome > Rule.MaxSeverity ? Rule.MaxSeverity : byOutcome;
        }
    }

    /// <summary>The message in Chinese, in the report's own terms, with the figures.</summary>
    public string Message => Described().Message;

    /// <summary>The message in English.</summary>
    public string MessageEn => Described().MessageEn;

    /// <summary>The stated figure the finding is about.</summary>
    public StatedFigure Stated { get; }

    /// <summary>Where the stated figure stands.</summary>
    public FigureLocation Location => Stated.Location;

    /// <summary>The recomputation: exact value, the interval rounding allows, and the difference.</summary>
    public CheckResult Result => _sumOfInputs ? ReadResult() : _result;

    private CheckResult ReadResult()
        => (Volatile.Read(ref _readResult) ?? Interlocked.CompareExchange(ref _readResult, new StrongBox<CheckResult>(RuleContext.SumOfInputs(Stated, Inputs)), null) ?? _readResult!).Value;

    /// <summary>The figures the expected value was computed from.</summary>
    public IReadOnlyList<StatedFigure> Inputs { get; }

    /// <summary>"FA1001 错误 message".</summary>
    public override string ToString() => RuleId + " " + Severity + " " + Message;
}
