// PlekService
