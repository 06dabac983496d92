"""Training scripts for kabar's statistical models (``python -m kabar.train.ner``)."""
