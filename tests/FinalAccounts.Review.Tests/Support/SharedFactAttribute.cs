using System.IO;
using Xunit;

namespace FinalAccounts.Review.Tests.Support;

/// <summary>A test over the real PDF in ../shared/reports/: skipped with the reason when it is absent, except on CI (CI=true), where it runs and fails.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!File.Exists(Repository.PutuoPdf) && !Repository.OnCi)
        {
            Skip = "needs ../shared/reports/shanghai-putuo-czj-2024-final-accounts.pdf beside the repository (" + Repository.PutuoPdf + ")";
        }
    }
}
