Console.WriteLine("registry");
