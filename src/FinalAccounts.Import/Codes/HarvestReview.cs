namespace FinalAccounts.Import.Codes;

/// <summary>
/// A printed code the harvest did not take, for a person to review: the printed row, what our tables (or another
/// printing) say instead, and why it was not taken. Never applied automatically.
/// </summary>
public sealed record HarvestReview(PrintedCode Printed, string Ours, string Reason)
{
    /// <summary>One line for a reader, Chinese first.</summary>
    public override string ToString()
        => Printed.Code + " 印作“" + Printed.Name + "”（" + Printed.Source + "）; " + Reason + (Ours.Length > 0 ? ": " + Ours : string.Empty);
}
