"""Features: the year after January — rencana aksi, catatan harian, capaian per triwulan, reminders and perubahan
SKP — as pure functions over the models in bot.year.models. The engine calls them; they never call the engine."""
