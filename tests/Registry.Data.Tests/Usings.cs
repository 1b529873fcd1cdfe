global using Registry.Data.Database;
global using Registry.Testing;
