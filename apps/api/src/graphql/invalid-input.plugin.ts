import type { ApolloServerPlugin } from '@apollo/server';
import { expandInvalidInput } from './format-error';

/** Sends each problem of an InvalidInput as an error of its own, so every bad field is named at once. */
export const invalidInputPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = expandInvalidInput(response.body.singleResult.errors);
        }
      },
    };
  },
};
