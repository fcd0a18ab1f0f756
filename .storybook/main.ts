// Placeholder until the Storybook catalogue lands (issue 6): Storybook is not installed yet,
// so this file only records where the configuration will live and which stories it will load.
export default {
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
};
