"""Ground: Indonesian text as users write it: tokens and phrases, words and stems, numbers, the domain thesaurus."""
