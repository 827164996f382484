"""Features: the leader's side. Pairing a member with their leader, the SKP's review and its versions, feedback,
dialog kinerja as a shared record, the team view and the weekly digest; pure steps over the member's record that
return audit entries and notices, with authorisation decided from the store's pairing on every action."""
