import { notifications } from '@mantine/notifications';
import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { changedBy } from './step-queries';

/**
 * A human step (a workflow Update behind the API): on success every query of its year and every list
 * across years is refetched — a step moves phases, statuses and inboxes at once — and a short
 * confirmation is shown. The error stays on the
 * mutation for the screen to show next to the control; the inputs are left untouched.
 */
export function useAction<TData, TError, TVariables>(
  options: UseMutationOptions<TData, TError, TVariables>,
  successMessage?: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    onSuccess: async (data, variables, onMutateResult, context) => {
      await options.onSuccess?.(data, variables, onMutateResult, context);
      if (successMessage) notifications.show({ color: 'green', message: successMessage });
      const predicate = changedBy(variables);
      await queryClient.invalidateQueries(predicate ? { predicate } : undefined);
    },
  });
}
