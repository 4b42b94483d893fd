"""Pure readers and writers of the files CoopDesk exchanges: Aides-territoires JSON, CSV, vCard, XLSX."""
