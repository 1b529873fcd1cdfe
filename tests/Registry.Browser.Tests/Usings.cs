global using Registry.Browser.Tests.Infrastructure;
