-- The governance migration (V202611231850) created the ideas tables when both features lived in
-- one module; since the split, the ideas module owns them.
COMMENT ON TABLE idea IS 'owner: ideas';
COMMENT ON TABLE idea_vote IS 'owner: ideas';
