namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>A printed column label and the figure the report format says its cells are (from seeds/schema/README.md).</summary>
internal sealed class GeneratedColumn
{
    public GeneratedColumn(string label, string concept, string? scope = null)
    {
        Label = label;
        Concept = concept;
        Scope = scope;
    }

    public string Label { get; }

    public string Concept { get; }

    public string? Scope { get; }
}
