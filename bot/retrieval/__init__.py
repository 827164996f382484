"""Features: Renstra indicators and guideline passages, found by hybrid (dense + BM25) search with cascade paths and sources.

Import from the submodules (bot.retrieval.retriever, .catalog …): this package stays light to import, so
commands that do not search do not pay for numpy, Chroma or torch.
"""
