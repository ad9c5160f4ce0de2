using System;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace FinalAccounts.Review.Tests.Html;

/// <summary>One headless Chromium per test class (the system's, never a downloaded one).</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IBrowser? _browser;

    public async Task<IPage> OpenAsync(string file)
    {
        _browser ??= await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Support.Chromium.PathOf(),
            Headless = true,
            // Root in a container has no user namespace sandbox; the page is our own file.
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" },
        });
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        page.Request += (_, e) =>
        {
            // The page must be self-contained: anything but the file itself is a failure.
            if (!e.Request.Url.StartsWith("file://", StringComparison.Ordinal) && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal)) Requests++;
        };
        await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
        return page;
    }

    /// <summary>Requests the pages made to anything but their own file.</summary>
    public int Requests { get; private set; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser != null) await _browser.CloseAsync();
    }
}
