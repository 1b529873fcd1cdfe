using Registry.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegistry();

var app = builder.Build();
await app.InitializeRegistryAsync();
app.MapRegistry();
app.Run();

public partial class Program;
