using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.Narrative;

/// <summary>Law: every figure of a 说明 written in the template's wording or a common variant is read back with its sentence, and no FA4005 is raised.</summary>
public sealed class NarrativeProperties
{
    [Property(MaxTest = 60)]
    public Property Every_figure_of_a_standard_sentence_is_read_back_with_it()
        => Prop.ForAll(GeneratedNarrative.Generate().ToArbitrary(), narrative =>
        {
            var result = narrative.Import();
            Assert.Equal(narrative.Expected, GeneratedNarrative.Figures(result));
            Assert.DoesNotContain(result.Notes, n => n.Id == ImportNotes.NarrativeNotRead && n.Where != "情况说明");
            return true;
        });
}
