import type { Meta, StoryObj } from '@storybook/react-vite';
const meta: Meta = { title: 'Smoke', component: () => <button type="button">Hello</button> };
export default meta;
export const Basic: StoryObj = {};
